BRIEFINGS_SEARCH_WORDS("hor",{
"horreur":"21",
"horrifying":"5e,20",
"horror":"5d,7,1u;5k"
});
