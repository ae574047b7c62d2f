BRIEFINGS_SEARCH_WORDS("inc",{
"incident":"37,3z",
"including":"3p,1y,1q,8;3p",
"inconditionnel":"5w,1g"
});
