BRIEFINGS_SEARCH_WORDS("imm",{
"immediat":"g,5z,3,15;6f",
"immediate":"7p",
"immediatement":"7k"
});
