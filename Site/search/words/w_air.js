BRIEFINGS_SEARCH_WORDS("air",{
"air":"2l,9,11,12,b,8,9,12,4,r,4,1,1,1,2;4x,1u",
"aircraft":"6s,2,m,1,5;6s,2,m",
"airport":"2,7k,7",
"airports":"6z,i,g",
"airspace":"6u,s;6u"
});
