BRIEFINGS_SEARCH_WORDS("wou",{
"would":"3z,r,1,i,11,r,2,6,f,3,4,1,3,6;3z,3p",
"wounded":"5g,2m;5g"
});
