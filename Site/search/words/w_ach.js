BRIEFINGS_SEARCH_WORDS("ach",{
"achemine":"3a",
"acheminee":"u",
"achemines":"7k",
"acheve":"q"
});
