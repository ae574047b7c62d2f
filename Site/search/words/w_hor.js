BRIEFINGS_SEARCH_WORDS("hor",{
"horreur":"22",
"horrifying":"5g,1x",
"horror":"5f,8,1q;5n"
});
