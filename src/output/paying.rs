//! The "Paying for it" page as titled sections: what financial aid is, paid training,
//! short roads, service programs, tuition-free medical schools, fee help, the new loan limits,
//! low-cost routes and the gaps. Every figure is a row of the costs table, shown exactly with
//! its year, and its source follows as small print. The full-screen program and
//! `medpath careers paying` both show this.

use crate::domain::costs::{CostRow, HELD_BACK, STIPEND_ROWS, row};
use crate::output::describe::{Block, Section};
use crate::strings::paying as s;

/// The page, and the rows it shows (for `--json` and tests).
pub struct Page {
    pub sections: Vec<Section>,
    pub shown: Vec<CostRow>,
}

struct Builder<'a> {
    rows: &'a [CostRow],
    shown: Vec<CostRow>,
}

impl Builder<'_> {
    /// Each figure with its year, then its source as small print. A row that is missing,
    /// held back or has no words is left out, never guessed.
    fn figures(&mut self, blocks: &mut Vec<Block>, ids: &[&str]) {
        for id in ids {
            let (Some(r), Some(label)) = (row(self.rows, id), s::label(id)) else {
                continue;
            };
            if HELD_BACK.contains(id) {
                continue;
            }
            blocks.push(Block::Bullet(s::figure_line(label, r)));
            blocks.push(Block::Note(s::figure_source(r)));
            self.shown.push(r.clone());
        }
    }

    /// Rows from one source: each figure with its year, then the source once.
    fn figures_one_source(&mut self, blocks: &mut Vec<Block>, ids: &[&str]) {
        let mut last = None;
        for id in ids {
            let (Some(r), Some(label)) = (row(self.rows, id), s::label(id)) else {
                continue;
            };
            blocks.push(Block::Bullet(s::figure_line(label, r)));
            last = Some(r);
            self.shown.push(r.clone());
        }
        if let Some(r) = last {
            blocks.push(Block::Note(s::figure_source(r)));
        }
    }
}

/// Builds the page from the costs table.
pub fn page(rows: &[CostRow]) -> Page {
    let mut b = Builder {
        rows,
        shown: Vec::new(),
    };
    let mut out = vec![Section {
        heading: s::H_INTRO,
        blocks: vec![Block::Paragraph(s::INTRO.into())],
    }];

    let mut short = vec![
        Block::Paragraph(s::SHORT.into()),
        Block::Paragraph(s::SHORT_CNA.into()),
    ];
    b.figures(
        &mut short,
        &["cna_training_free_if_employed", "cna_reimbursement_window"],
    );
    b.figures_one_source(
        &mut short,
        &[
            "cna_min_training_hours",
            "cna_min_supervised_practical_hours",
        ],
    );
    b.figures(&mut short, &["emt_nremt_exam_fee"]);
    out.push(Section {
        heading: s::H_SHORT,
        blocks: short,
    });

    let mut aid = vec![
        Block::Paragraph(s::AID.into()),
        Block::Paragraph(s::AID_PELL.into()),
    ];
    b.figures(
        &mut aid,
        &[
            "pell_max_2025_26",
            "pell_max_2026_27",
            "pell_lifetime_limit",
        ],
    );
    aid.push(Block::Paragraph(s::AID_PRICES.into()));
    b.figures_one_source(
        &mut aid,
        &[
            "college_tuition_public2yr_2025_26",
            "college_tuition_public4yr_instate_2025_26",
        ],
    );
    b.figures(&mut aid, &["college_tuition_private4yr_2025_26"]);
    aid.push(Block::Paragraph(s::AID_TOTAL.into()));
    b.figures_one_source(
        &mut aid,
        &[
            "college_coa_public4yr_oncampus_2022_23",
            "college_coa_private_nonprofit4yr_oncampus_2022_23",
        ],
    );
    out.push(Section {
        heading: s::H_AID,
        blocks: aid,
    });

    let mut paid = vec![Block::Paragraph(s::PAID.into())];
    b.figures_one_source(&mut paid, &STIPEND_ROWS);
    out.push(Section {
        heading: s::H_PAID,
        blocks: paid,
    });

    let mut med = vec![Block::Paragraph(s::MED.into())];
    b.figures_one_source(
        &mut med,
        &[
            "med_coa4_instate_all_2019",
            "med_coa4_private_2019",
            "med_debt_median_2019",
            "med_debt_share_2019",
        ],
    );
    b.figures(&mut med, &["med_debt_share_2024"]);
    med.push(Block::Paragraph(s::MED_GAP.into()));
    med.push(Block::Paragraph(s::MED_FREE.into()));
    b.figures(
        &mut med,
        &[
            "free_tuition_cleveland_clinic_lerner",
            "free_tuition_nyu_grossman",
            "debt_free_weill_cornell",
            "free_tuition_kaiser_permanente",
            "free_tuition_einstein",
            "free_tuition_johns_hopkins",
        ],
    );
    med.push(Block::Paragraph(s::MED_FEES.into()));
    b.figures_one_source(&mut med, &["aamc_fap_mcat_fee", "aamc_fap_amcas_waiver"]);
    b.figures(&mut med, &["aamc_fap_income_limit"]);
    out.push(Section {
        heading: s::H_MED,
        blocks: med,
    });

    let mut other = vec![Block::Paragraph(s::OTHER.into())];
    b.figures(&mut other, &["dental_debt_avg_indebted_2018"]);
    b.figures_one_source(
        &mut other,
        &[
            "crna_program_cost_public_2014",
            "crna_program_cost_private_2014",
        ],
    );
    b.figures_one_source(
        &mut other,
        &["pt_debt_avg_total_2020", "pt_debt_avg_pt_education_2020"],
    );
    b.figures_one_source(
        &mut other,
        &["dpt_grad_debt_public_2019", "dpt_grad_debt_private_2019"],
    );
    b.figures_one_source(
        &mut other,
        &[
            "audiology_aud_cost_range_2024",
            "slp_masters_cost_range_2024",
        ],
    );
    out.push(Section {
        heading: s::H_OTHER,
        blocks: other,
    });

    let mut service = vec![Block::Paragraph(s::SERVICE.into())];
    b.figures_one_source(
        &mut service,
        &[
            "nhsc_lrp_primarycare_fulltime",
            "nhsc_lrp_other_fulltime",
            "nhsc_lrp_primarycare_halftime",
            "nhsc_lrp_service_years",
        ],
    );
    b.figures(&mut service, &["nhsc_lrp_spanish_enhancement_2026"]);
    b.figures_one_source(&mut service, &["nhsc_s2s_amount", "nhsc_s2s_service_years"]);
    b.figures_one_source(&mut service, &["nhsc_sp_covers", "nhsc_sp_service"]);
    service.push(Block::Paragraph(s::SERVICE_MILITARY.into()));
    b.figures_one_source(&mut service, &["hpsp_army_tuition", "hpsp_army_bonus"]);
    b.figures(&mut service, &["hpsp_service_obligation"]);
    service.push(Block::Paragraph(s::ARMY_STIPEND.into()));
    out.push(Section {
        heading: s::H_SERVICE,
        blocks: service,
    });

    let mut loans = vec![Block::Paragraph(s::LOANS.into())];
    b.figures_one_source(
        &mut loans,
        &[
            "fedloan_professional_annual_2026",
            "fedloan_professional_aggregate_2026",
            "fedloan_graduate_annual_2026",
            "fedloan_graduate_aggregate_2026",
            "fedloan_gradplus_ends_2026",
        ],
    );
    loans.push(Block::Paragraph(s::LOANS_UNSETTLED.into()));
    out.push(Section {
        heading: s::H_LOANS,
        blocks: loans,
    });

    out.push(Section {
        heading: s::H_LOW_COST,
        blocks: s::LOW_COST
            .iter()
            .map(|t| Block::Bullet((*t).to_string()))
            .collect(),
    });
    let mut gaps: Vec<Block> = s::GAPS
        .iter()
        .map(|t| Block::Bullet((*t).to_string()))
        .collect();
    gaps.push(Block::Note(s::SMALL_PRINT.into()));
    out.push(Section {
        heading: s::H_GAPS,
        blocks: gaps,
    });
    Page {
        sections: out,
        shown: b.shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<CostRow> {
        crate::refdata::embedded_costs().unwrap().to_vec()
    }

    #[test]
    fn every_figure_shown_has_its_year_and_its_source() {
        let p = page(&rows());
        assert!(p.shown.len() > 50, "{}", p.shown.len());
        for sec in &p.sections {
            for (i, b) in sec.blocks.iter().enumerate() {
                let Block::Bullet(line) = b else { continue };
                let Some(r) = p
                    .shown
                    .iter()
                    .find(|r| s::label(&r.id).is_some_and(|l| line == &s::figure_line(l, r)))
                else {
                    continue;
                };
                assert!(line.contains(&r.figure_label()), "{line}");
                assert!(line.contains(&s::year_of(r)), "{line}");
                if r.undated() {
                    assert!(line.contains(s::UNDATED), "{line}");
                }
                // The source follows in the same group of figures.
                let note = sec.blocks[i..]
                    .iter()
                    .find_map(|b| match b {
                        Block::Note(n) => Some(n),
                        _ => None,
                    })
                    .unwrap_or_else(|| panic!("no source after {line}"));
                assert!(note.contains(&r.source_org), "{line}: {note}");
            }
        }
    }

    #[test]
    fn the_army_stipend_is_held_back_and_the_public_school_gap_is_said() {
        let p = page(&rows());
        assert!(p.shown.iter().all(|r| r.id != "hpsp_army_stipend"));
        let text = crate::output::describe::plain_text("", "", &p.sections, 78);
        assert!(!text.contains("2,608"));
        assert!(text.contains(s::ARMY_STIPEND.split_whitespace().next().unwrap()));
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("public medical schools alone"), "{flat}");
        assert!(flat.contains("undated page"));
        assert!(flat.contains("$7,395"));
    }

    #[test]
    fn every_row_but_the_held_back_one_is_on_the_page() {
        let p = page(&rows());
        for r in rows() {
            if HELD_BACK.contains(&r.id.as_str()) {
                continue;
            }
            assert!(p.shown.iter().any(|x| x.id == r.id), "{} not shown", r.id);
        }
    }
}
