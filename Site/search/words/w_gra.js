BRIEFINGS_SEARCH_WORDS("gra",{
"grand":"1,h,3y,l,2e,3;51",
"grande":"1,g,1,1k,i",
"grandes":"3p,3j,e;3p",
"grandi":"15;15",
"gravement":"5w,5,5,15,1;5w,5,5",
"gravite":"3a"
});
