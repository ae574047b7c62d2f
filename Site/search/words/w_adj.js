BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"22,3n,2c",
"adjointe":"2t,9,v,1z,24"
});
