BRIEFINGS_SEARCH_WORDS("air",{
"air":"2l,9,1v,b,8,9,z,4,r,4,1,1,1,2;4p,1r",
"aircraft":"6h,2,m,1,5;6h,o",
"airport":"2,79,7",
"airports":"76,g",
"airspace":"6j,s;6j"
});
