BRIEFINGS_SEARCH_WORDS("inc",{
"incident":"37,40",
"including":"3p,1v,1u,8;3p",
"inconditionnel":"5u,1j"
});
