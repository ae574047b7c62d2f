BRIEFINGS_SEARCH_WORDS("imm",{
"immediat":"g,5r,3,12;67",
"immediate":"7e",
"immediatement":"79"
});
