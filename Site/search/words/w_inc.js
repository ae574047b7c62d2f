BRIEFINGS_SEARCH_WORDS("inc",{
"incident":"37,4b",
"including":"3q,22,1x,8;3q",
"inconditionnel":"62,1m"
});
