BRIEFINGS_SEARCH_WORDS("ess",{
"essentiel":"r,n,z,1j",
"essentiellement":"m,5b,23;5x"
});
