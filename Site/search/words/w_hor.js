BRIEFINGS_SEARCH_WORDS("hor",{
"horreur":"21",
"horrifying":"5l,23",
"horror":"5k,7,1x;5r"
});
