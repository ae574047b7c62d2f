BRIEFINGS_SEARCH_WORDS("gra",{
"grand":"1,h,3y,m,2e,3;52",
"grande":"1,g,1,1k,i",
"grandes":"3p,3k,e;3p",
"grandi":"15;15",
"gravement":"5x,5,5,15,1;5x,a",
"gravite":"3a"
});
