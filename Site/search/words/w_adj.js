BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"22,31,2c",
"adjointe":"2t,9,9,1z,24"
});
