BRIEFINGS_SEARCH_WORDS("inc",{
"incident":"38,3z",
"including":"3q,1y,1q,8;3q",
"inconditionnel":"5x,1g"
});
