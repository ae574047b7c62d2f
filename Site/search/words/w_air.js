BRIEFINGS_SEARCH_WORDS("air",{
"air":"2l,9,1x,c,7,a,y,4,r,4,1,1,1,2;4r,1r",
"aircraft":"6j,2,m,1,5;6j",
"airport":"2,7b,7",
"airports":"78,g",
"airspace":"6l,s;6l"
});
