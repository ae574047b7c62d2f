BRIEFINGS_SEARCH_WORDS("imm",{
"immediat":"g,5z,3,16;6f",
"immediate":"7q",
"immediatement":"7l"
});
