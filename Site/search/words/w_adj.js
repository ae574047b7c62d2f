BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"22,32,2c",
"adjointe":"2t,9,9,20,24;5b"
});
