BRIEFINGS_SEARCH_WORDS("gra",{
"grand":"1,h,4k,l,2e,3;5n",
"grande":"1,g,1,1k,i",
"grandes":"4b,3j,e;4b",
"grandi":"15;15",
"gravement":"6i,5,5,15,1;6i,5,5",
"gravite":"3w"
});
