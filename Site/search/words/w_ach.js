BRIEFINGS_SEARCH_WORDS("ach",{
"achemine":"3b",
"acheminee":"u",
"achemines":"7k",
"acheve":"q"
});
