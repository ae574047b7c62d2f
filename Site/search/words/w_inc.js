BRIEFINGS_SEARCH_WORDS("inc",{
"incident":"38,3y",
"including":"3q,1x,1q,8;3q",
"inconditionnel":"5w,1g"
});
