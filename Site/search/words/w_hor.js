BRIEFINGS_SEARCH_WORDS("hor",{
"horreur":"21",
"horrifying":"5m,25",
"horror":"5l,7,1z;5s"
});
