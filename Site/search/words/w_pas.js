BRIEFINGS_SEARCH_WORDS("pas",{
"pas":"1,e,1,6,b,1,10,b,4,2,a,i,1,1,1,4,b,2,3,1a,2,1e,i,1,3,c,1,3,3,1,5,2,1;38,6,b,1h,1x,s",
"pasdaran":"1l",
"passage":"o,1f,58,6",
"passages":"d",
"passe":"1v",
"passera":"38"
});
