BRIEFINGS_SEARCH_WORDS("gra",{
"grand":"1,h,3x,m,2e,3;51",
"grande":"1,g,1,1j,i",
"grandes":"3o,3k,e;3o",
"grandi":"15;15",
"gravement":"5w,5,5,15,1;5w,a",
"gravite":"39"
});
