BRIEFINGS_SEARCH_WORDS("air",{
"air":"2m,9,1x,b,8,a,w,4,q,4,1,1,1,2;4s,1p",
"aircraft":"6i,2,l,1,5;6i",
"airport":"2,79,7",
"airports":"76,g",
"airspace":"6k,r;6k"
});
