BRIEFINGS_SEARCH_WORDS("gra",{
"grand":"1,h,42,n,2k,3;57",
"grande":"1,g,1,1j,i",
"grandes":"3p,3v,e;3p",
"grandi":"15;15",
"gravement":"62,4,9,18,1;62,4,9",
"gravite":"39"
});
