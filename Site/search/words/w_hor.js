BRIEFINGS_SEARCH_WORDS("hor",{
"horreur":"21",
"horrifying":"5m,23",
"horror":"5l,7,1x;5s"
});
