BRIEFINGS_SEARCH_WORDS("gra",{
"grand":"1,h,42,n,2m,3;57",
"grande":"1,g,1,1j,i",
"grandes":"3p,3x,e;3p",
"grandi":"15;15",
"gravement":"62,5,9,19,1;62,5,9",
"gravite":"39"
});
