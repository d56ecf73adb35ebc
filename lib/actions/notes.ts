'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createNote, deleteNote as deleteNoteRow, getNote, getNoteTarget } from '@/db/queries/dashboard';
import { defineAction } from './wrapper';

const noteText = z
  .string()
  .transform((t) => t.trim())
  .pipe(z.string().min(1).max(200));

/**
 * A short note on a month or a year of an indicator ("why up / why down"). Staff of the
 * indicator's department and admin; commentary, so a published year takes notes too.
 */
export const addNote = defineAction(
  'note.add',
  z
    .object({
      indicatorId: z.number().int().positive(),
      fiscalYear: z.number().int().min(1900).max(2200),
      month: z.number().int().min(1).max(12).nullable(),
      text: noteText,
    })
    .strict(),
  {
    action: 'note.write',
    load: ({ tx, user, input }) => {
      const t = getNoteTarget(tx, user.organisationId, input.indicatorId);
      return t && input.fiscalYear >= t.startYear && input.fiscalYear <= t.endYear ? t : null;
    },
    target: (t) => ({ departmentId: t.departmentId, phase: t.phase }),
  },
  ({ tx, user, input, target, audit }) => {
    const note = createNote(tx, {
      indicatorId: target.indicatorId,
      fiscalYear: input.fiscalYear,
      month: input.month,
      text: input.text,
      authorId: user.id,
    });
    audit({
      action: 'note.add',
      entityType: 'indicator_note',
      entityId: note.id,
      after: { indicatorId: note.indicatorId, fiscalYear: note.fiscalYear, month: note.month, text: note.text },
    });
    return { id: note.id, year: target.startYear };
  },
  { after: (data) => revalidatePath(`/years/${data.year}/dashboard`, 'layout') },
);

/** Removes a note: its author, or admin. */
export const deleteNote = defineAction(
  'note.delete',
  z.object({ noteId: z.number().int().positive() }).strict(),
  {
    action: 'note.delete',
    load: ({ tx, user, input }) => {
      const note = getNote(tx, user.organisationId, input.noteId);
      const target = note && getNoteTarget(tx, user.organisationId, note.indicatorId);
      return note && target ? { note, target } : null;
    },
    target: ({ note, target }) => ({ departmentId: target.departmentId, phase: target.phase, authorId: note.authorId }),
  },
  ({ tx, user, target: { note, target }, audit }) => {
    deleteNoteRow(tx, user.organisationId, note.id);
    audit({
      action: 'note.delete',
      entityType: 'indicator_note',
      entityId: note.id,
      before: { indicatorId: note.indicatorId, fiscalYear: note.fiscalYear, month: note.month, text: note.text },
    });
    return { id: note.id, year: target.startYear };
  },
  { after: (data) => revalidatePath(`/years/${data.year}/dashboard`, 'layout') },
);
