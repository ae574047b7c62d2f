BRIEFINGS_SEARCH_WORDS("hor",{
"horreur":"21",
"horrifying":"5m,24",
"horror":"5l,7,1y;5s"
});
