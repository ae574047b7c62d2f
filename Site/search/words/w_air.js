BRIEFINGS_SEARCH_WORDS("air",{
"air":"2l,9,11,11,b,8,9,12,4,r,4,1,1,1,2;4w,1u",
"aircraft":"6r,2,m,1,5;6r,2,m",
"airport":"2,7j,7",
"airports":"6y,i,g",
"airspace":"6t,s;6t"
});
