BRIEFINGS_SEARCH_WORDS("gra",{
"grand":"1,h,41,n,2k,3;56",
"grande":"1,g,1,1j,i",
"grandes":"3p,3u,e;3p",
"grandi":"15;15",
"gravement":"61,4,9,18,1;61,4,9",
"gravite":"39"
});
