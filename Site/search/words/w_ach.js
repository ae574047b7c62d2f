BRIEFINGS_SEARCH_WORDS("ach",{
"achemine":"3x",
"acheminee":"u",
"achemines":"86",
"acheve":"q"
});
