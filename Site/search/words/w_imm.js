BRIEFINGS_SEARCH_WORDS("imm",{
"immediat":"g,5y,3,15;6e",
"immediate":"7o",
"immediatement":"7j"
});
