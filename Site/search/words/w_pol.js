BRIEFINGS_SEARCH_WORDS("pol",{
"police":"k,s,19,c,41,n;6y",
"policy":"1r,3s,4,1w,8;5n",
"political":"3v,2,3q,8",
"politique":"5,4,v,5,5,g,16,8,2,2o,1s",
"politiques":"2c",
"pologne":"55,2o"
});
