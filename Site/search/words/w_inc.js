BRIEFINGS_SEARCH_WORDS("inc",{
"incident":"37,4c",
"including":"3q,22,1y,8;3q",
"inconditionnel":"62,1n"
});
