BRIEFINGS_SEARCH_WORDS("hor",{
"horreur":"21",
"horrifying":"5g,20",
"horror":"5f,8,1t;5n"
});
