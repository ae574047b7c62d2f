BRIEFINGS_SEARCH_WORDS("hor",{
"horreur":"22",
"horrifying":"62,1x",
"horror":"61,8,1q;69"
});
