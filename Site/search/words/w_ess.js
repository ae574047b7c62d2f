BRIEFINGS_SEARCH_WORDS("ess",{
"essentiel":"r,n,z,x",
"essentiellement":"m,4p,23;5b"
});
