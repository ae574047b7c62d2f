BRIEFINGS_SEARCH_WORDS("inc",{
"incident":"37,42",
"including":"3p,1y,1t,8;3p",
"inconditionnel":"5w,1j"
});
