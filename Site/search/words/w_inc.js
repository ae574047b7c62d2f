BRIEFINGS_SEARCH_WORDS("inc",{
"incident":"37,4a",
"including":"3q,21,1x,8;3q",
"inconditionnel":"61,1m"
});
