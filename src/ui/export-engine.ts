/**
 * The image export's engine, loaded the first time the reader opens the export panel (or a script
 * asks for an export): the page composer, the painter, the tile planner, the PNG metadata writer
 * and the evidence of the view. None of it is needed to read the map, so it stays out of the
 * first download.
 */
export { CanvasAllocationError, ExportAborted, exportImage, planPage, type ExportContext, type ExportOutcome } from '../export/export-image.ts';
export { loadExportFonts } from '../export/paint-page.ts';
export { loadViewClaims, viewEvidence, type ExportView } from '../export/evidence.ts';
