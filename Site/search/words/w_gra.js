BRIEFINGS_SEARCH_WORDS("gra",{
"grand":"1,h,3w,l,2h,3;4z",
"grande":"1,g,1,1j,i",
"grandes":"3o,3l,e;3o",
"grandi":"15;15",
"gravement":"5u,5,5,18,1;5u,a",
"gravite":"39"
});
