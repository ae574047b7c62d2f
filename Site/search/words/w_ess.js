BRIEFINGS_SEARCH_WORDS("ess",{
"essentiel":"r,n,z,x",
"essentiellement":"m,4q,23;5c"
});
