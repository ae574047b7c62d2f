BRIEFINGS_SEARCH_WORDS("hor",{
"horreur":"22",
"horrifying":"5h,1x",
"horror":"5g,8,1q;5o"
});
