BRIEFINGS_SEARCH_WORDS("air",{
"air":"2l,9,11,12,b,8,9,12,4,s,4,1,1,1,2;4x,1u",
"aircraft":"6s,2,n,1,5;6s,2,n",
"airport":"2,7l,7",
"airports":"6z,j,g",
"airspace":"6u,t;6u"
});
