BRIEFINGS_SEARCH_WORDS("inc",{
"incident":"37,4d",
"including":"3q,22,1z,8;3q",
"inconditionnel":"62,1o"
});
