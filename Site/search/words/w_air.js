BRIEFINGS_SEARCH_WORDS("air",{
"air":"2l,9,11,12,b,8,9,13,4,s,4,1,1,1,2;4x,1v",
"aircraft":"6t,2,n,1,5;6t,2,n",
"airport":"2,7m,7",
"airports":"70,j,g",
"airspace":"6v,t;6v"
});
