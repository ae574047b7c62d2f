BRIEFINGS_SEARCH_WORDS("inc",{
"incident":"3u,3y",
"including":"4c,1x,1q,8;4c",
"inconditionnel":"6i,1g"
});
